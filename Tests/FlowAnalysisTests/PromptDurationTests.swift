@testable import FlowAnalysis
import FlowCore
import Testing

/// How long a prompt plays: words at 150 a minute, SSML's breaks added, each at most 10 s.
@Suite("Prompt durations")
struct PromptDurationTests {
    private func seconds(ssml: String) -> Double? {
        PromptDuration.seconds(of: ["SSML": .string(ssml)], durations: [:])
    }

    @Test("SSML: its words, plus each break's time in seconds or milliseconds, either quote")
    func ssmlBreaks() {
        #expect(seconds(ssml: "<speak>one two three</speak>") == 1.2)
        #expect(seconds(ssml: "<speak>one two three <break time=\"2s\"/></speak>") == 3.2)
        #expect(seconds(ssml: "<speak><break time = '500ms'/>one two three</speak>") == 1.7)
        #expect(seconds(ssml: "<speak><break time=\"30s\"/></speak>") == 10, "Connect plays at most 10 s of a break")
    }

    @Test("a break whose time is not a number with its unit adds nothing")
    func malformedBreaks() {
        for ssml in ["<break time=\"2\"/>", "<break time=\"2s'/>", "<break time=2s/>", "<break strength=\"strong\"/>", "<break time=\"x s\"/>"] {
            #expect(seconds(ssml: ssml) == 0, "\(ssml)")
        }
    }
}
