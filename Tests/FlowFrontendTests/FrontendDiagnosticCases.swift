/// One case per frontend diagnostic (at least), each marking exactly the diagnostics expected.
let frontendDiagnosticCases: [DiagnosticCase] = [
    DiagnosticCase("YAML syntax error", flow: """
        flow: broken: twice
        #           ^ yaml_syntax
        blocks: {}
        """),
    DiagnosticCase("unknown key with a suggestion", flow: """
        flow: typo
        blocks:
          greet:
            play: Hello
            nxt: bye
        #   ^ unknown_key
            next: bye
          bye:
            disconnect:
        """),
    DiagnosticCase("wrong type", flow: """
        flow: shapes
        blocks:
          greet:
            play: Hello
            next: [a, b]
        #         ^ wrong_type
          bye:
            disconnect:
        """),
    DiagnosticCase("missing next and missing menu exits", flow: """
        flow: gaps
        blocks:
          greet:
        # ^ missing_key
            play: Hello
          ask:
            menu:
              prompt: Press 1
        #     ^ missing_key
        #     ^ missing_key
              options: { 1: greet }
        """),
    DiagnosticCase("value out of range and a stray next", flow: """
        flow: ranges
        blocks:
          call:
            lambda: { function: lookup, inputs: { phone: $.CustomerEndpoint.Address }, timeout: 12 }
        #                                                                                       ^ invalid_value
            next: bye
          bye:
            disconnect:
            next: call
        #   ^ invalid_value
        """),
    DiagnosticCase("repeated key in a block", flow: """
        flow: repeats
        blocks:
          greet:
            play: Hello
            next: bye
            next: greet
        #   ^ duplicate_key
          bye:
            disconnect:
        """),
    DiagnosticCase("two blocks with one name", flow: """
        flow: twins
        blocks:
          greet:
            play: Hello
            next: greet-again
          greet-again:
            disconnect:
          greet:
        # ^ duplicate_name
            play: Hello again
            next: greet-again
        """),
    DiagnosticCase("two flows with one name", [
        "flows/a.yaml": "flow: same\nblocks:\n  bye:\n    disconnect:\n",
        "flows/b.yaml": """
            flow: same
            #     ^ duplicate_name
            blocks:
              bye:
                disconnect:
            """,
    ]),
    DiagnosticCase("invalid names", flow: """
        flow: Bad_Flow
        #     ^ invalid_name
        blocks:
          9lives:
        # ^ invalid_name
            disconnect:
        """),
    DiagnosticCase("a flow name longer than Connect takes (127), which names its output files too", flow: """
        flow: a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-ab
        #     ^ invalid_name
        blocks:
          bye:
            disconnect:
        """),
    DiagnosticCase("references to nothing", flow: """
        flow: dangling
        blocks:
          start:
            set_queue: biling
        #              ^ unknown_reference
            next: mian-menu
        #         ^ unknown_reference
          main-menu:
            transfer_to_flow: nowhere
        #                     ^ unknown_reference
        """),
    DiagnosticCase("invalid condition", flow: """
        flow: conditions
        blocks:
          route:
            branch:
              value: $.Attributes.tier
              cases:
                "> gold": bye
        #       ^ invalid_condition
              otherwise: bye
          bye:
            disconnect:
        """),
    DiagnosticCase("two actions in one block", flow: """
        flow: crowded
        blocks:
          greet:
            play: Hello
            disconnect:
        #   ^ ambiguous_block
        """),
    DiagnosticCase("unknown action type and parameter", flow: """
        flow: generic
        blocks:
          tag:
        # ^ dead_end
            action:
              type: TagContact
        #     ^ missing_parameter
              parameters:
                Tagz: { team: billing }
        #       ^ unknown_parameter
            next: bye
          bye:
            action: Disconect
        #           ^ unknown_action
        """),
    DiagnosticCase("ARN written into a flow", flow: """
        flow: arns
        blocks:
          remember:
            set_attributes:
              queue: arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q
        #            ^ hardcoded_arn
            next: bye
            on_error: bye
          bye:
            play: Goodbye from $.Attributes.queue
            next: hang-up
            on_error: hang-up
          hang-up:
            disconnect:
        """),
    DiagnosticCase("unknown default environment", [
        "flowc.yaml": """
            project: envs
            default_environment: staging
            #                    ^ unknown_environment
            environments:
              prod: {}
            """,
        "flows/a.yaml": "flow: a\nblocks:\n  bye:\n    disconnect:\n",
    ]),
    DiagnosticCase("no flow files", [
        "flowc.yaml": """
            project: empty
            flows: flows
            #      ^ no_flows
            """,
    ]),
    DiagnosticCase("environment binding nothing", [
        "flowc.yaml": """
            project: bindings
            queues: { billing: Billing }
            environments:
              prod:
                queues:
                  biling: arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q
            #     ^ unknown_reference
                flows:
                  missing: arn:aws:connect:eu-west-2:111122223333:instance/i/contact-flow/f
            #     ^ unknown_reference
            """,
        "flows/a.yaml": "flow: a\nblocks:\n  bye:\n    disconnect:\n",
    ]),
    DiagnosticCase("monitoring settings CloudWatch would refuse", [
        "flowc.yaml": """
            project: monitor
            monitoring:
              namespace: AWS/Connect
            #            ^ invalid_value
              period: 120
            #         ^ invalid_value
              band_width: wide
            #             ^ invalid_value
              evaluation_periods: 300
            #                     ^ invalid_value
              threshold: 3
            # ^ unknown_key
            """,
        "flows/a.yaml": "flow: a\nblocks:\n  bye:\n    disconnect:\n",
    ]),
]
