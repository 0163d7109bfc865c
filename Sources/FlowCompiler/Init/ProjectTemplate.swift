import FlowCore
import Foundation

/// The files `flowc init` writes: a project that builds clean as written, commented for a
/// first-time author, with the schema beside it for editors.
public enum ProjectTemplate {
    /// The template's files, relative to the new project's folder.
    public static func files(project name: String) -> [OutputFile] {
        [
            OutputFile(path: "flowc.yaml", contents: projectFile(name)),
            OutputFile(path: "flows/welcome.yaml", contents: welcomeFlow),
            OutputFile(path: "flowc.schema.json", contents: FlowcSchema.json),
            OutputFile(path: ".gitignore", contents: gitignore),
        ]
    }

    /// Why `name` cannot name a project (nil when it can): lower-case letters and digits in
    /// words joined by `-`, starting with a letter, as flows and resources are named.
    public static func problem(withName name: String) -> String? {
        let words = name.split(separator: "-", omittingEmptySubsequences: false)
        let valid = name.first.map { $0.isASCII && $0.isLowercase } == true && words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
        return valid ? nil : "'\(name)' cannot name a project: use lower-case letters and digits in words joined by '-', starting with a letter"
    }

    /// The `.gitignore` lines flowc wants, added to an existing file's `text` (nil when it has
    /// them all already).
    public static func gitignore(addingTo text: String) -> String? {
        let present = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        guard !ignoredPaths.allSatisfy(present.contains) else { return nil }
        return text + (text.isEmpty || text.hasSuffix("\n") ? "" : "\n") + "\n" + gitignore
    }

    private static let ignoredPaths = ["generated/env/"]

    /// A project name made of the folder's name: lower-case words joined by `-`.
    public static func projectName(forFolder folder: String) -> String {
        let words = folder.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let name = words.joined(separator: "-")
        guard let first = name.first, first.isLetter else { return "contact-centre" + (name.isEmpty ? "" : "-\(name)") }
        return name
    }

    private static func projectFile(_ name: String) -> String {
        """
        # yaml-language-server: $schema=flowc.schema.json
        # The project file: what the flows refer to by name, and where the output goes.
        # The language is described in grammar/README.md of flowc's repository; `flowc --help` lists the commands.
        project: \(name)
        flows: flows                  # the flow files (one flow or module per file)
        output: generated             # what `flowc build` writes: Connect JSON, Graphviz; commit it

        defaults:
          voice: Joanna
          input_timeout: 5            # seconds a caller has to press a key

        queues:                       # bind them to ARNs under `environments`
          general: Everyone

        # environments:               # `flowc build --env prod` writes generated/env/prod/ with these ARNs
        #   prod:
        #     queues: { general: "arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE/queue/QUEUE" }

        """
    }

    private static let welcomeFlow = """
        # yaml-language-server: $schema=../flowc.schema.json
        # A first flow: a greeting, a menu that re-asks twice at most, a queue transfer. Check it
        # with `flowc check`, build it with `flowc build`, see its retry paths with `flowc report`.
        flow: welcome
        type: CONTACT_FLOW
        description: Greets the caller and queues them.
        on_error: sorry                 # where any block that fails goes, unless it says otherwise

        blocks:
          greeting:
            play: "Thank you for calling."
            next: menu
          menu:
            menu:
              prompt: "To speak to someone, press 1. To hear this again, press 9."
              options: { 1: to-queue }
              repeat_key: 9
              retries: 2                # silence or a wrong key: ask again, twice at most…
              no_input_prompt: "Sorry, I did not hear a choice."
              fallback: to-queue        # …then queue the caller anyway
          to-queue:
            transfer_to_queue: { queue: general, on_at_capacity: sorry }
          sorry:
            play: "Sorry, we cannot take your call right now. Please try again later."
            next: hang-up
            on_error: hang-up
          hang-up:
            disconnect:

        """

    private static let gitignore = """
        # Environment builds hold real ARNs; deploy them from CI instead of committing them.
        generated/env/

        """
}
