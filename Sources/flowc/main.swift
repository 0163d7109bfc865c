FlowcCommand.run()
