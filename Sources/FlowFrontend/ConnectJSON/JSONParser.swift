import FlowCore

/// A strict JSON (RFC 8259) parser that records the line and column of every value.
///
/// Foundation's parser keeps no positions; diagnostics about Connect JSON must point at the
/// offending action. Iterative over the input, recursive only in nesting, which is capped.
/// Linear in the input.
struct JSONParser {
    /// Deepest nesting accepted; deeper documents are rejected rather than risking the stack.
    static let maximumDepth = 256

    struct Failure: Error {
        let message: String
        let location: SourceLocation
    }

    let bytes: [UInt8]
    private let file: String
    private(set) var offset = 0
    private var line = 1
    private var column = 1

    init(_ bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The document, or where and why it is not JSON. A UTF-8 byte order mark before it is
    /// skipped (editors on Windows write one; RFC 8259 §8.1 lets a parser ignore it), as the YAML
    /// reader does.
    mutating func parse() throws(Failure) -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        skipWhitespace()
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard offset == bytes.count else { throw failure("unexpected text after the JSON value") }
        return value
    }

    private var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    func failure(_ message: String) -> Failure { Failure(message: message, location: location) }

    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func advance() {
        if bytes[offset] == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if bytes[offset] & 0xC0 != 0x80 {
            column += 1
        }
        offset += 1
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
    }

    private mutating func expect(_ character: Character) throws(Failure) {
        guard current == character.asciiValue else { throw failure("expected '\(character)'") }
        advance()
    }

    private mutating func parseValue(depth: Int) throws(Failure) -> JSONNode {
        guard depth < Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
        let start = location
        switch current {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString(), start)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true, start)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false, start)
        case UInt8(ascii: "n"): try literal("null"); return .null(start)
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            return .number(try parseNumber(), start)
        case nil: throw failure("unexpected end of the document")
        default: throw failure("unexpected character")
        }
    }

    private mutating func parseObject(depth: Int) throws(Failure) -> JSONNode {
        let start = location
        advance()
        var members: [(key: String, keyLocation: SourceLocation, value: JSONNode)] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return .object(members, start) }
        while true {
            skipWhitespace()
            let keyLocation = location
            guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
            let key = try parseString()
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            members.append((key, keyLocation, try parseValue(depth: depth + 1)))
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            try expect("}")
            return .object(members, start)
        }
    }

    private mutating func parseArray(depth: Int) throws(Failure) -> JSONNode {
        let start = location
        advance()
        var items: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return .array(items, start) }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            try expect("]")
            return .array(items, start)
        }
    }

    /// A `true`, `false` or `null`; a mismatch is reported where the word starts.
    private mutating func literal(_ word: String) throws(Failure) {
        let start = location
        for expected in word.utf8 {
            guard current == expected else { throw Failure(message: "expected '\(word)'", location: start) }
            advance()
        }
    }

    private mutating func parseNumber() throws(Failure) -> String {
        let begin = offset
        while let byte = current, "+-0123456789.eE".utf8.contains(byte) { advance() }
        let text = String(decoding: bytes[begin..<offset], as: UTF8.self)
        guard Double(text) != nil else { throw failure("'\(text)' is not a number") }
        return text
    }
}
