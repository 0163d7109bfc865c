import FlowCore

/// What a YAML syntax error means for someone writing flowc files: libyaml's problem, said in
/// terms of the line that is wrong, with the fix when it is a common one (indentation, tabs, a
/// quote left open or closed too early, a value holding `: `).
struct YAMLSyntaxMessage {
    let message: String
    let location: SourceLocation

    /// - Parameters:
    ///   - problem: libyaml's problem ("did not find expected key").
    ///   - context: what it was doing ("while parsing a block mapping") and where that began.
    ///   - line, column: where it stopped (1-based).
    init(problem: String, context: (text: String, line: Int, column: Int)?, line: Int, column: Int, text: String, file: String) {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map(String.init)
        let source = SourceText(lines: lines)
        let here = SourceLocation(file: file, line: line, column: column)
        let detail = context.map { "\(problem) \($0.text)" } ?? problem
        let start = source.indentation(ofLine: line)
        if source.isTabIndented(line) {
            message = "this line is indented with a tab; YAML indents with spaces only"
            location = SourceLocation(file: file, line: line, column: 1)
        } else if problem.contains("end of stream"), let context, context.text.contains("quoted scalar") {
            message = "this quoted value is never closed: add the closing quote"
            location = SourceLocation(file: file, line: context.line, column: context.column)
        } else if let open = source.lineLeavingQuoteOpen(from: context?.line ?? 1, before: line) {
            // A double-quoted value runs on over line ends until the next `"`: the error shows later.
            message = "the quoted value on this line is never closed, so YAML reads on to line \(line) looking for its "
                + "closing quote; close it on this line"
            location = SourceLocation(file: file, line: open, column: source.firstQuote(onLine: open))
        } else if problem.hasPrefix("did not find expected key"), let context, context.text.contains("block mapping"),
            let start, let keys = source.indentation(ofLine: context.line) {
            if column > start, source.text(ofLine: line, before: column).hasSuffix("\"") {
                message = "text follows the closing quote of this value; to put quotes inside a value, put single quotes "
                    + "around all of it ('Call \"Acme\" now') or write \\\" inside double quotes"
                location = here
            } else if column <= start, start != keys {
                message = "this line starts at column \(start), but the keys of the mapping it continues (line \(context.line)) "
                    + "start at column \(keys); indent it to match, or deeper to put it inside a key"
                location = SourceLocation(file: file, line: line, column: start)
            } else {
                message = "invalid YAML: \(detail)"
                location = here
            }
        } else if problem.hasPrefix("Maximum nesting level reached") {
            // libyaml (Yams' copy, parser.c) stops at 1,000 nested collections; its wording names its C API.
            message = "collections are nested more than 1000 deep here, deeper than YAML is read; no flow needs this"
            location = here
        } else if problem.hasPrefix("mapping values are not allowed") {
            if source.text(ofLine: line, before: column).contains(": ") {
                message = "this value holds ': ', which YAML reads as the start of another key; put quotes around the whole "
                    + "value (\"Note: calls are recorded\")"
            } else {
                message = "'key: value' cannot go here: the line above does not open a mapping, so this line continues its "
                    + "value; indent it like the keys around it, or quote a value that holds ': '"
            }
            location = here
        } else {
            message = "invalid YAML: \(detail)"
            location = here
        }
    }
}

/// The lines of a YAML file, for reading what a syntax error is about.
private struct SourceText {
    let lines: [String]

    func text(ofLine number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The 1-based column of the first character that is not a space.
    func indentation(ofLine number: Int) -> Int? {
        text(ofLine: number).map { $0.prefix { $0 == " " }.count + 1 }
    }

    func isTabIndented(_ number: Int) -> Bool {
        text(ofLine: number)?.prefix { $0 == " " || $0 == "\t" }.contains("\t") ?? false
    }

    /// The line's text before a 1-based column, without trailing spaces.
    func text(ofLine number: Int, before column: Int) -> String {
        let prefix = String((text(ofLine: number) ?? "").prefix(max(column - 1, 0)))
        return String(prefix.reversed().drop { $0 == " " }.reversed())
    }

    /// The last line in `first..<last` with an odd number of unescaped double quotes before any
    /// comment: a quoted value opened there and not closed.
    func lineLeavingQuoteOpen(from first: Int, before last: Int) -> Int? {
        guard first < last else { return nil }
        return (max(first, 1)..<last).last { quotes(inLine: $0) % 2 == 1 }
    }

    func firstQuote(onLine number: Int) -> Int {
        guard let line = text(ofLine: number), let index = line.firstIndex(of: "\"") else { return 1 }
        return line.distance(from: line.startIndex, to: index) + 1
    }

    private func quotes(inLine number: Int) -> Int {
        var count = 0, escaped = false, previous: Character = " "
        for character in text(ofLine: number) ?? "" {
            if character == "#", previous == " ", count % 2 == 0 { break }
            if character == "\"", !escaped { count += 1 }
            escaped = character == "\\" && !escaped
            previous = character
        }
        return count
    }
}
