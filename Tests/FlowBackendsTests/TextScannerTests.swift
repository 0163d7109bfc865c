@testable import FlowBackends
import FlowCore
@testable import FlowFrontend
import Foundation
import Testing

/// The hand-written scanners that replaced regular expressions on hot paths agree with the
/// expressions they replaced, on the usual inputs and on seeded random ones.
@Suite("Text scanners")
struct TextScannerTests {
    /// Seeded strings over an alphabet chosen to hit every branch of the scanners.
    private static func samples(_ alphabet: String, seed: UInt64, count: Int = 3_000) -> [String] {
        var state = seed
        let characters = Array(alphabet)
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60)
            return String((0..<length).map { index in characters[Int((state >> UInt64(index * 3 % 56)) % UInt64(characters.count))] })
        }
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    @Test("JSON numbers")
    func jsonNumbers() {
        let pattern = #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#
        for text in ["0", "-0", "12", "012", "1.", "1.5", "-1.5e10", "1E+2", "1e", ".5", "", "-", "1.5e-3x"] + Self.samples("0123-.eE+x", seed: 1) {
            #expect(RawParameter.isJSONNumber(text) == Self.matches(text, pattern), "\(text)")
        }
    }

    @Test("plain YAML words")
    func yamlWords() {
        let pattern = #"^[A-Za-z_][A-Za-z0-9_.-]*$"#
        for text in ["hello", "_x", "a.b-c_9", "9a", "", "a b", "é", "a@", "Z[", "`a"] + Self.samples("aZ_9.-@[`{ é", seed: 2) {
            #expect(YAMLText.isWord(text) == Self.matches(text, pattern), "\(text)")
        }
    }

    @Test("UUIDs")
    func uuids() {
        let pattern = #"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"#
        let uuid = "0f8fad5b-d9cb-469f-a165-70867728950e"
        var texts = [uuid, uuid.uppercased(), String(uuid.dropLast()), uuid + "0", uuid.replacingOccurrences(of: "-", with: "g")]
        texts += (0..<36).map { index in String(uuid.prefix(index)) + "g" + String(uuid.dropFirst(index + 1)) }
        for text in texts {
            #expect(BlockNamer.isUUID(text) == Self.matches(text, pattern), "\(text)")
        }
    }

    @Test("markup removed as the expression did")
    func markup() {
        for text in ["<speak>Hello <break time=\"1s\"/> there</speak>", "no tags", "a < b", "<<a>>", "x<y>z<"] + Self.samples("<>ab /", seed: 3) {
            #expect(Markup.removingTags(text) == text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression), "\(text)")
        }
    }
}
