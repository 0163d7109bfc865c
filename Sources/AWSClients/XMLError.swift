import Foundation

/// The code and message of an XML error body (`ErrorResponse` or `Response` → `Error`): the
/// first `Code` and `Message` elements, entities decoded.
struct XMLError {
    var code: String
    var message: String

    init?(_ body: Data) {
        let text = String(decoding: body.prefix(64 * 1024), as: UTF8.self)
        guard text.drop(while: \.isWhitespace).hasPrefix("<"), let code = Self.element("Code", in: text) else { return nil }
        self.code = code
        message = Self.element("Message", in: text) ?? ""
    }

    static func element(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: "<\(name)>"), let end = text.range(of: "</\(name)>", range: start.upperBound..<text.endIndex)
        else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
