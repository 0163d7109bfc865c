import FlowCore
import Foundation

/// How long a prompt plays, as far as flowc can know: a declared audio prompt's `duration`, or
/// text-to-speech estimated at 150 words a minute. AWS states no speaking rate for Polly ("there
/// is no standard speed (words per minute) available for Amazon Polly voices",
/// https://docs.aws.amazon.com/polly/latest/dg/voice-speed-vip.html); 150 is the average for US
/// English speakers given by the National Center for Voice and Speech. SSML counts its words plus
/// its `<break time="…"/>` pauses. Nil when unknown: an undeclared or dynamic prompt, an S3 file.
enum PromptDuration {
    static let wordsPerMinute = 150.0

    /// Seconds one prompt (a `Messages` item or a prompt action's parameters) plays.
    static func seconds(of prompt: [String: ParameterValue], durations: [String: Double]) -> Double? {
        if let text = prompt["Text"]?.scalarText { return speaking(text) }
        if let ssml = prompt["SSML"]?.scalarText { return speaking(Markup.removingTags(ssml)) + breaks(in: ssml) }
        if case .reference(let reference)? = prompt["PromptId"] { return durations[reference.name] }
        return nil
    }

    private static func speaking(_ text: String) -> Double {
        Double(text.split(whereSeparator: \.isWhitespace).count) * 60 / wordsPerMinute
    }

    /// The pauses of `<break time="2s"/>` and `<break time="500ms"/>`, in seconds, each at most
    /// the 10 s Connect plays ([SSC] supported-ssml-tags).
    private static func breaks(in ssml: String) -> Double {
        var total = 0.0
        var rest = Substring(ssml)
        while let tag = rest.range(of: "<break") {
            rest = rest[tag.upperBound...]
            guard let end = rest.firstIndex(of: ">") else { break }
            let attributes = rest[..<end]
            if let seconds = time(in: attributes) { total += min(seconds, 10) }
        }
        return total
    }

    /// The `time="2s"` or `time='500ms'` attribute of a tag, in seconds.
    private static func time(in attributes: Substring) -> Double? {
        guard let name = attributes.range(of: "time") else { return nil }
        var rest = attributes[name.upperBound...].drop(while: \.isWhitespace)
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: \.isWhitespace)
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let number = Double(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        if rest.hasPrefix("ms\(quote)") { return number / 1000 }
        return rest.hasPrefix("s\(quote)") ? number : nil
    }
}
