/// A small writer of Terraform's configuration language that produces what `terraform fmt`
/// produces: two-space indentation, and the `=` of consecutive one-line attributes aligned.
indirect enum HCL: Sendable {
    /// `name = value`; a value may span lines (the lines after the first indented as written).
    case attribute(String, String)
    /// `type "label" { … }`.
    case block(String, [String], [HCL])
    case comment(String)
    case blank

    /// The file's text, one block after another with a blank line between.
    static func file(_ header: String, _ items: [HCL]) -> String {
        var lines = header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)".trimmingTrailingSpaces }
        for item in items {
            lines.append("")
            lines += item.lines(indent: "")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func lines(indent: String) -> [String] {
        switch self {
        case .attribute(let name, let value): return Self.attributeLines([(name, value)], indent: indent)
        case .block(let type, let labels, let body):
            let head = ([type] + labels.map { "\"\($0)\"" }).joined(separator: " ")
            guard !body.isEmpty else { return ["\(indent)\(head) {}"] }
            return ["\(indent)\(head) {"] + Self.body(body, indent: indent + "  ") + ["\(indent)}"]
        case .comment(let text): return ["\(indent)# \(text)".trimmingTrailingSpaces]
        case .blank: return [""]
        }
    }

    /// Items of a block: runs of one-line attributes aligned together, as fmt aligns them.
    static func body(_ items: [HCL], indent: String) -> [String] {
        var lines: [String] = [], run: [(String, String)] = []
        func flush() {
            lines += attributeLines(run, indent: indent)
            run = []
        }
        for item in items {
            if case .attribute(let name, let value) = item, !value.contains("\n") {
                run.append((name, value))
            } else {
                flush()
                lines += item.lines(indent: indent)
            }
        }
        flush()
        return lines
    }

    private static func attributeLines(_ run: [(String, String)], indent: String) -> [String] {
        let width = run.map(\.0.count).max() ?? 0
        return run.flatMap { name, value -> [String] in
            let padded = name.padding(toLength: run.count > 1 ? width : name.count, withPad: " ", startingAt: 0)
            let valueLines = value.split(separator: "\n", omittingEmptySubsequences: false)
            return ["\(indent)\(padded) = \(valueLines[0])"] + valueLines.dropFirst().map { $0.isEmpty ? "" : "\(indent)\($0)" }
        }
    }

    /// A string literal, with Terraform's escapes and its template sequences escaped.
    static func string(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result.replacingOccurrences(of: "${", with: "$${").replacingOccurrences(of: "%{", with: "%%{") + "\""
    }

    /// A map key: bare when it is an identifier, else quoted (`"tech-support"`).
    static func key(_ name: String) -> String {
        let isIdentifier = name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") } && !name.contains("-")
        return isIdentifier ? name : string(name)
    }

    /// `{ key = value, … }` over lines, aligned; `{}` when empty.
    static func object(_ entries: [(String, String)], indent: String = "") -> String {
        guard !entries.isEmpty else { return "{}" }
        let items = entries.map { HCL.attribute(key($0.0), $0.1) }
        return (["{"] + body(items, indent: indent + "  ") + [indent + "}"]).joined(separator: "\n")
    }

    /// A Terraform identifier for a flowc name: `main-ivr` → `main_ivr`.
    static func identifier(_ name: String) -> String { name.replacingOccurrences(of: "-", with: "_") }
}
