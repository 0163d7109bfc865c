import FlowCore

/// What a YAML syntax error means for someone writing flowc files: libyaml's problem, said in
/// terms of the line that is wrong, with the fix when it is a common one (indentation, tabs, an
/// unclosed quote).
struct YAMLSyntaxMessage {
    let message: String
    let location: SourceLocation

    /// - Parameters:
    ///   - problem: libyaml's problem ("did not find expected key").
    ///   - context: what it was doing ("while parsing a block mapping") and where that began.
    ///   - line, column: where it stopped (1-based).
    init(problem: String, context: (text: String, line: Int, column: Int)?, line: Int, column: Int, text: String, file: String) {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        let here = SourceLocation(file: file, line: line, column: column)
        let detail = context.map { "\(problem) \($0.text)" } ?? problem
        func indentation(ofLine number: Int) -> Int? {
            guard number >= 1, number <= lines.count else { return nil }
            return lines[number - 1].prefix { $0 == " " }.count + 1
        }
        if line >= 1, line <= lines.count, lines[line - 1].prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
            message = "this line is indented with a tab; YAML indents with spaces only"
            location = SourceLocation(file: file, line: line, column: 1)
        } else if problem.hasPrefix("did not find expected key"), let context, context.text.contains("block mapping"),
            let column = indentation(ofLine: line), let keys = indentation(ofLine: context.line) {
            message = "this line starts at column \(column), but the keys of the mapping it continues (line \(context.line)) "
                + "start at column \(keys); indent it to match, or deeper to put it inside a key"
            location = SourceLocation(file: file, line: line, column: column)
        } else if problem.hasPrefix("mapping values are not allowed"), line > 1 {
            message = "'key: value' cannot go here: the line above does not open a mapping, so this line continues its value; "
                + "indent it like the keys around it, or quote a value that holds ': '"
            location = here
        } else if problem.contains("end of stream"), let context, context.text.contains("quoted scalar") {
            message = "this quoted value is never closed: add the closing quote"
            location = SourceLocation(file: file, line: context.line, column: context.column)
        } else {
            message = "invalid YAML: \(detail)"
            location = here
        }
    }
}
