/// A JSONPath reference to a contact's data as a flow writes it: `$.External.customerId`,
/// `$.Attributes.tier`, `$.Attributes.['account type']`, `$.StoredCustomerInput`.
///
/// Connect substitutes such paths wherever a parameter is dynamic, including inside text
/// ("Welcome back, $.External.firstName."), so a value may hold several (reference §3, [REF]).
public struct AttributePath: Sendable, Hashable, CustomStringConvertible {
    /// The first segment after `$`: `External`, `Attributes`, `StoredCustomerInput`, …
    public var namespace: String
    /// The segments after the namespace: `["customerId"]`, `["address", "city"]`.
    public var keys: [String]
    /// The path as written.
    public var text: String

    public init(namespace: String, keys: [String], text: String) {
        self.namespace = namespace
        self.keys = keys
        self.text = text
    }

    /// The first key after the namespace, if any: the Lambda output or attribute read.
    public var key: String? { keys.first }

    public var description: String { text }

    /// The paths written in a text, with the offset (in characters) where each starts.
    ///
    /// A path is `$` followed by segments, each `.name` (letters, digits, `_` and `-`) or
    /// `.['name']` / `['name']`; a dot not followed by a segment ends it, so the full stop in
    /// "Welcome back, $.External.firstName." is not part of the path. Linear in the text.
    public static func scan(_ text: String) -> [(path: AttributePath, offset: Int)] {
        guard text.contains("$") else { return [] }
        let characters = Array(text)
        var found: [(AttributePath, Int)] = []
        var position = 0
        while position < characters.count {
            guard characters[position] == "$" else {
                position += 1
                continue
            }
            let start = position
            var segments: [String] = []
            position += 1
            while let (segment, next) = segment(in: characters, at: position) {
                segments.append(segment)
                position = next
            }
            if let namespace = segments.first {
                let text = String(characters[start..<position])
                found.append((AttributePath(namespace: namespace, keys: Array(segments.dropFirst()), text: text), start))
            } else {
                position = start + 1
            }
        }
        return found
    }

    /// The path when the whole text is exactly one path, as `ComparisonValue` must be.
    public static func whole(_ text: String) -> AttributePath? {
        let paths = scan(text)
        guard paths.count == 1, paths[0].offset == 0, paths[0].path.text == text else { return nil }
        return paths[0].path
    }

    /// One segment starting at `position`: `.name`, `.['name']` or `['name']`, and where it ends.
    private static func segment(in characters: [Character], at position: Int) -> (String, Int)? {
        var index = position
        if index < characters.count, characters[index] == "." { index += 1 }
        if index + 1 < characters.count, characters[index] == "[", characters[index + 1] == "'" {
            guard let close = characters[(index + 2)...].firstIndex(of: "'"), close + 1 < characters.count,
                characters[close + 1] == "]", close > index + 2
            else { return nil }
            return (String(characters[(index + 2)..<close]), close + 2)
        }
        guard index > position else { return nil }  // a plain name needs its dot
        var end = index
        while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
        return end > index ? (String(characters[index..<end]), end) : nil
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == "-")
    }
}
