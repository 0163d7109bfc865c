import FlowAnalysis
import FlowCore
import FlowFrontend

extension Explanations {
    /// Problems with a project's files as files.
    static let files: [Explanation] = [yamlSyntax, invalidEncoding, fileTooLarge, emptyFile, missingProjectFile, noFlows]

    /// A flow that is fine, for clean examples.
    static let fineFlow = """
        flow: hello
        blocks:
          greet:
            play: Hello
            next: bye
            on_error: bye
          bye:
            disconnect:
        """

    static let yamlSyntax = Explanation(
        .yamlSyntax,
        rationale: """
            A file that is not well-formed YAML cannot be read at all, so nothing else in it is \
            checked. flowc points at the line where reading stopped and says what is usual there: an \
            indentation that matches no mapping, a tab, a quote never closed.
            """,
        examples: [
            .flow("a key indented between two levels", triggers: true, """
                flow: hello
                blocks:
                  greet:
                    play: Hello
                   next: bye
                #  ^ yaml_syntax
                  bye:
                    disconnect:
                """),
            .flow("the same, indented like its neighbours", triggers: false, fineFlow),
        ])

    static let invalidEncoding = Explanation(
        .invalidEncoding,
        rationale: """
            flowc reads UTF-8 text. A file saved in another encoding (Latin-1, UTF-16) would show \
            wrong characters to callers, so it is refused where the first byte that is not UTF-8 is.
            """,
        examples: [
            .files("a flow saved as Latin-1 (the byte 0xE9 for é)", triggers: true,
                   ["flowc.yaml": RuleExample.project], bytes: ["flows/flow.yaml": Array("flow: caf".utf8) + [0xE9] + Array("\nblocks:\n  bye:\n    disconnect:\n".utf8)],
                   reports: ["fixture/flows/flow.yaml:1:10"]),
            .files("the same flow in UTF-8", triggers: false,
                   ["flowc.yaml": RuleExample.project, "flows/flow.yaml": "flow: cafe\nblocks:\n  bye:\n    disconnect:\n"]),
        ])

    static let fileTooLarge = Explanation(
        .fileTooLarge,
        rationale: """
            A flow file, flowc.yaml or Connect JSON export of more than 8 MiB is not a flow: Connect \
            stores at most 256,000 characters of one. It is a wrong path, a log or a generated dump, \
            and reading it whole could take the machine's memory, so flowc reads no further than \
            the limit and reports the file at its first line.
            """,
        examples: [
            .files("a flow file of a few hundred bytes", triggers: false, ["flowc.yaml": RuleExample.project, "flows/hello.yaml": fineFlow]),
        ],
        untriggerable: "an example would be a file of more than 8 MiB; FileSizeLimitTests builds one")

    static let emptyFile = Explanation(
        .emptyFile,
        rationale: """
            An empty flow file is usually one whose content was lost (a bad merge, an editor that \
            saved nothing); building on without it would silently drop a flow.
            """,
        examples: [
            .files("a flow file with only a comment", triggers: true,
                   ["flowc.yaml": RuleExample.project, "flows/hello.yaml": fineFlow, "flows/todo.yaml": "# to do\n"],
                   reports: ["fixture/flows/todo.yaml:1:1"]),
            .files("every file holds its flow", triggers: false, ["flowc.yaml": RuleExample.project, "flows/hello.yaml": fineFlow]),
        ])

    static let missingProjectFile = Explanation(
        .missingProjectFile,
        rationale: """
            A project starts with flowc.yaml: the queues, prompts and Lambda functions its flows \
            name, and where they are. `flowc init` writes one.
            """,
        examples: [
            .files("flows without a project file", triggers: true, ["flows/hello.yaml": fineFlow], reports: ["fixture/flowc.yaml"]),
            .files("a project file beside the flows", triggers: false, ["flowc.yaml": RuleExample.project, "flows/hello.yaml": fineFlow]),
        ])

    static let noFlows = Explanation(
        .noFlows,
        rationale: """
            A project whose `flows:` folder holds no flow files builds nothing, which usually means \
            `flows:` names the wrong folder.
            """,
        examples: [
            .files("flows: names a folder with no flow files", triggers: true, ["flowc.yaml": """
                project: examples
                flows: flow
                #      ^ no_flows
                """, "flows/hello.yaml": fineFlow]),
            .files("flows: names the folder the flows are in", triggers: false,
                   ["flowc.yaml": "project: examples\nflows: flows\n", "flows/hello.yaml": fineFlow]),
        ])
}
