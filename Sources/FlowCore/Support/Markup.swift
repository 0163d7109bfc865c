/// Text with SSML (or any angle-bracket) markup in it.
public enum Markup {
    /// `text` with each tag (`<` to the next `>`) replaced by a space: the words a caller hears.
    /// A `<` never closed is kept as text. Linear; no regular expression.
    public static func removingTags(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        var plain = ""
        plain.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            plain += rest[..<open]
            plain += " "
            rest = rest[rest.index(after: close)...]
        }
        plain += rest
        return plain
    }
}
