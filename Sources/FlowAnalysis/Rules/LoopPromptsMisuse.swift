import FlowCore
import Foundation

/// `loop_prompts_misuse`: a Loop prompts block (MessageParticipantIteratively) whose messages
/// callers cannot all hear, or that Connect does not run as written.
///
/// From the Loop prompts block page ([LPP] https://docs.aws.amazon.com/connect/latest/adminguide/loop-prompts.html):
/// - the interrupt works in customer-queue flows ("when Loop prompts is used in a Queue flow,
///   audio playback can be interrupted"); in hold flows the prompts loop until the hold ends;
/// - at the interrupt "the prompt is interrupted and reset to the 0 second point again", so a
///   message that starts after the interrupt is never heard (unless the block continues its
///   prompts during the interrupt); durations come from `PromptDuration`;
/// - "always use an interruption period that's greater than 20 seconds … you might get contacts
///   going down the Error branch";
/// - "the following blocks are not allowed before the Loop prompts block": Get customer input,
///   Loop, Play prompt, Start and Stop media streaming, Store customer input, Transfer to phone
///   number and Transfer to queue. In a queue flow the interrupt branch ends with End flow /
///   Resume, which resumes the prompts.
/// Cost: O(blocks + outcomes + messages).
struct LoopPromptsMisuse: FlowRule {
    static let notBefore: [String: String] = [
        "GetParticipantInput": "Get customer input / Store customer input", "Loop": "Loop", "MessageParticipant": "Play prompt",
        "UpdateContactMediaStreamingBehavior": "Start / Stop media streaming",
        "TransferParticipantToThirdParty": "Transfer to phone number", "TransferContactToQueue": "Transfer to queue",
        "DequeueContactAndTransferToQueue": "Transfer to queue",
    ]

    let info = RuleInfo(
        DiagnosticKind(id: "loop_prompts_misuse", defaultSeverity: .warning,
                       summary: "loop prompts whose messages callers never hear, or that Connect does not run as written"),
        rationale: """
            Queue and hold messages are where callers learn their options while they wait. A \
            message placed after a long music track in a list the interrupt restarts every minute \
            is never played; an interrupt in a hold flow does nothing; a prompt or menu leading \
            back into the loop is a block Connect's guide rules out there. Resume the loop with \
            end_flow, keep messages early in the list, or say how long an audio prompt is \
            (prompts: { NAME: { duration: SECONDS } }) so flowc can tell.
            """,
        examples: [
            .project("a message after music longer than the interrupt", triggers: true, project: """
                project: examples
                prompts:
                  music: { description: Four minutes of music, duration: 240 }
                """, flow: """
                flow: waiting
                type: CUSTOMER_QUEUE
                blocks:
                  loop:
                # ^ loop_prompts_misuse
                    loop_prompts: { prompts: [!prompt music, "Press 1 for a callback."], interrupt: 60, on_interrupt: resume }
                    on_error: resume
                  resume:
                    end_flow:
                """),
            .triggering("a menu that leads back into the loop", """
                flow: waiting
                type: CUSTOMER_QUEUE
                blocks:
                  loop:
                    loop_prompts: { prompts: [Thanks for waiting.], interrupt: 60, on_interrupt: offer }
                    on_error: resume
                  offer:
                # ^ loop_prompts_misuse
                    menu: { prompt: Press 1 to leave., options: { 1: resume }, on_timeout: loop, on_invalid: resume }
                    on_error: resume
                  resume:
                    end_flow:
                """),
            .clean("a short message first, then music; the interrupt branch resumes", """
                flow: waiting
                type: CUSTOMER_QUEUE
                blocks:
                  loop:
                    loop_prompts: { prompts: [Thanks for waiting., !prompt hold-music], interrupt: 60, on_interrupt: offer }
                    on_error: resume
                  offer:
                    menu: { prompt: Press 1 to leave., options: { 1: resume }, on_timeout: resume, on_invalid: resume }
                    on_error: resume
                  resume:
                    end_flow:
                """),
        ])

    func check(_ flow: FlowGraph, in context: AnalysisContext) -> [Finding] {
        let index = flow.blockIndex
        var findings: [Finding] = []
        for block in flow.blocks where block.action == "MessageParticipantIteratively" {
            findings += problems(of: block, in: flow, durations: context.declarations.promptDurations)
        }
        for block in flow.blocks {
            guard let name = Self.notBefore[block.action] else { continue }
            for outcome in block.outcomes where index[outcome.target].map({ flow.blocks[$0].action }) == "MessageParticipantIteratively" {
                findings.append(Finding("\(name) ('\(block.id)') leads into the loop prompts '\(outcome.target)', which Connect's guide does not allow; "
                                            + (flow.kind == .flow(.customerQueue) ? "end the branch with end_flow to resume them" : "go through another block"),
                                        about: block, in: flow))
                break
            }
        }
        return findings
    }

    private func problems(of block: Block, in flow: FlowGraph, durations: [String: Double]) -> [Finding] {
        // Connect's designer offers interrupts in whole seconds; anything else is left to Connect to refuse.
        guard let interrupt = block.string("InterruptFrequencySeconds").flatMap(Double.init), interrupt > 0, interrupt <= 86_400
        else { return [] }
        guard flow.kind == .flow(.customerQueue) else {
            return [Finding("the interrupt of '\(block.id)' works only in customer-queue flows; in \(flow.kind) flows the prompts loop until the wait ends",
                            about: block, in: flow)]
        }
        var findings: [Finding] = []
        if interrupt <= 20 {
            findings.append(Finding("the interrupt of '\(block.id)' is \(Self.seconds(interrupt)) s; Connect's guide says to keep it above 20 s, the time an agent has to accept the contact, or contacts may take the error branch",
                                    about: block, in: flow))
        }
        guard block.string("ContinueMessagingDuringInterrupt")?.lowercased() != "true",
            case .list(let messages)? = block.parameters["Messages"]
        else { return findings }
        var start = 0.0
        for (position, message) in messages.enumerated() {
            guard case .object(let prompt) = message else { break }
            if position > 0 && start >= interrupt {
                findings.append(Finding("message \(position + 1) of '\(block.id)' starts after \(Self.seconds(start)) s, but the interrupt at \(Self.seconds(interrupt)) s restarts the prompts: callers never hear it",
                                        about: block, in: flow))
                break
            }
            guard let seconds = PromptDuration.seconds(of: prompt, durations: durations) else { break }
            start += seconds
        }
        return findings
    }

    /// Seconds as a person reads them: whole, or with one decimal.
    static func seconds(_ value: Double) -> String {
        value < 1e9 && value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
