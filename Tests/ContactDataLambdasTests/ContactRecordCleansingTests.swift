import ConnectLambdaModels
import ConnectLambdaRuntime
@testable import ContactRecords
import Foundation
import LambdaContracts
import LambdaEvents
import Testing

/// The Firehose transformation of contact records: the cleansed columns, the per-record
/// results Firehose expects, and the batch through the runtime as Firehose sends it.
@Suite("Contact-record cleansing")
struct ContactRecordCleansingTests {
    /// A contact record as the CTR data model describes it, with fields the lake must not keep
    /// (also a seed of the FuzzFirehoseRecord fuzz target).
    static let record = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Records/voice-inbound.json"), encoding: .utf8)

    @Test("a batch as Firehose sends it (Records/firehose-event.json): voice and chat cleansed, the rest given back")
    func firehoseEvent() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Records/firehose-event.json"))
        let event = try JSONDecoder().decode(FirehoseTransformation.Event.self, from: data)
        let response = try ContactRecordCleansingHandler().transform(event, logger: LambdaLogger(write: { _ in }))
        #expect(response.records.map(\.recordId) == event.records.map(\.recordId))
        #expect(response.records.map(\.result) == [.ok, .ok, .processingFailed])
        #expect(response.records[2].data == event.records[2].data)
        let chat = try JSONSerialization.jsonObject(with: Data(base64Encoded: response.records[1].data)!) as? [String: String]
        #expect(chat?["channel"] == "CHAT" && chat?["queue_enqueue_timestamp"] == "2026-12-01T10:01:00Z")
        #expect(chat?["attributes_survey_status"] == "skipped" && chat?["initiation_timestamp"] == "2026-12-01T10:00:00Z")
    }

    @Test("flattened for Athena, only allowed columns, times in UTC, enumerations upper-case, numbers E.164")
    func cleansed() throws {
        let columns = try ContactRecordCleanser().cleanse(Data(Self.record.utf8))
        #expect(columns == [
            "aws_account_id": "111122223333", "contact_id": "c-1", "channel": "VOICE", "initiation_method": "INBOUND",
            "initiation_timestamp": "2026-12-01T08:00:00Z", "disconnect_timestamp": "2026-12-01T08:04:30Z",
            "last_update_timestamp": "2026-12-01T08:05:00Z",
            "system_endpoint_address": "+442079460000", "system_endpoint_type": "TELEPHONE_NUMBER", "customer_endpoint_type": "TELEPHONE_NUMBER",
            "agent_arn": "arn:aws:connect:eu-west-2:111122223333:instance/i/agent/a", "agent_agent_interaction_duration": "212",
            "agent_number_of_holds": "1", "agent_routing_profile_name": "Billing", "queue_name": "billing", "queue_duration": "35.5",
            "attributes_survey_status": "recorded",
        ])
    }

    @Test("the attribute columns flowc generates from flowc.yaml's data_lake are the names the cleanser flattens attributes to")
    func generatedColumns() {
        #expect(!ContactRecordColumns.attributes.isEmpty)
        for (attribute, column) in ContactRecordColumns.attributes {
            #expect("attributes_" + ContactRecordCleanser.column(attribute) == column, "\(attribute)")
        }
        #expect(ContactRecordCleanser().allowedColumns.isSuperset(of: ContactRecordColumns.attributes.values))
        #expect(!ContactRecordCleanser().allowedColumns.contains("attributes_first_name"), "the caller's name stays out of the lake")
    }

    @Test("the Glue table's columns for the record's own fields (flows-src/deploy/data-lake.tf) are the ones the cleanser keeps")
    func glueColumns() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let terraform = try String(contentsOf: repository.appendingPathComponent("flows-src/deploy/data-lake.tf"), encoding: .utf8)
        let list = try #require(terraform.range(of: "contact_record_columns = concat([").flatMap { start in
            terraform[start.upperBound...].range(of: "]").map { terraform[start.upperBound..<$0.lowerBound] }
        })
        let columns = list.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(Set(columns) == ContactRecordCleanser.standardColumns && columns.count == ContactRecordCleanser.standardColumns.count)
    }

    @Test("column names", arguments: [
        ("AWSAccountId", "aws_account_id"), ("InitiationTimestamp", "initiation_timestamp"), ("surveyStatus", "survey_status"),
        ("Level1", "level1"), ("ARN", "arn"), ("customer-id.v2", "customer_id_v2"), ("QueueARN", "queue_arn"),
    ])
    func columnNames(_ name: String, _ column: String) {
        #expect(ContactRecordCleanser.column(name) == column)
    }

    static func batch(_ payloads: [(String, Data?)]) -> FirehoseTransformation.Event {
        FirehoseTransformation.Event(invocationId: "i", records: payloads.map { id, data in
            FirehoseTransformation.Record(recordId: id, approximateArrivalTimestamp: 1_796_112_300_000,
                                          data: data?.base64EncodedString() ?? "not base64!")
        })
    }

    static let context = EventContext(requestId: "r", deadline: Date().addingTimeInterval(60))

    @Test("every record back by its id: Ok, a copy Dropped, what is no contact record ProcessingFailed with its data")
    func results() async throws {
        let event = Self.batch([
            ("1", Data(Self.record.utf8)), ("2", Data(Self.record.utf8)), ("3", nil), ("4", Data("[1, 2]".utf8)),
            ("5", Data(#"{"Channel": "VOICE"}"#.utf8)), ("6", Data(#"{"ContactId": "c-2", "InitiationTimestamp": "yesterday"}"#.utf8)),
            ("7", Data(#"{"ContactId": "c-3"}"#.utf8)),
        ])
        let response = try await ContactRecordCleansingHandler().handle(event, context: Self.context)
        #expect(response.records.map(\.recordId) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(response.records.map(\.result) == [.ok, .dropped, .processingFailed, .processingFailed, .processingFailed, .processingFailed, .ok])
        for (result, record) in zip(response.records, event.records) where result.result == .processingFailed {
            #expect(result.data == record.data)
        }
        let line = try #require(Data(base64Encoded: response.records[6].data))
        #expect(String(decoding: line, as: UTF8.self) == #"{"contact_id":"c-3"}"# + "\n")
    }

    @Test("a batch whose answer would pass Lambda's 6 MB is refused, naming the Firehose setting")
    func oversize() async throws {
        let notes = String(repeating: "x", count: 2_000)
        let handler = ContactRecordCleansingHandler(environment: ["ALLOWED_COLUMNS": "contact_id, attributes_notes"])
        let event = Self.batch((0..<2_500).map { ("r\($0)", Data(#"{"ContactId": "c\#($0)", "Attributes": {"notes": "\#(notes)"}}"#.utf8)) })
        await #expect(throws: ContactRecordCleansingHandler.ResponseTooLarge.self) {
            _ = try await handler.handle(event, context: Self.context)
        }
    }

    @Test("through the runtime: Firehose's JSON in, the answer's JSON out; an event of another kind is an invalid event")
    func throughTheRuntime() async throws {
        let runtime = LambdaRuntime(eventHandler: AnyEventHandler(ContactRecordCleansingHandler()))
        let body = Data("""
            {"invocationId": "inv-1", "deliveryStreamArn": "arn:aws:firehose:eu-west-2:111122223333:deliverystream/ctr",
             "region": "eu-west-2", "records": [{"recordId": "49546986683135544286507457936321625675700192471156785154",
             "approximateArrivalTimestamp": 1495072949453, "data": "\(Data(#"{"ContactId": "c-9"}"#.utf8).base64EncodedString())"}]}
            """.utf8)
        guard case .success(let answer) = await runtime.answer(Invocation(requestId: "r", deadline: Date().addingTimeInterval(60), body: body))
        else { Issue.record("not answered"); return }
        #expect(String(decoding: answer, as: UTF8.self)
            == #"{"records":[{"data":"eyJjb250YWN0X2lkIjoiYy05In0K","recordId":"49546986683135544286507457936321625675700192471156785154","result":"Ok"}]}"#)
        guard case .failure(let error) = await runtime.answer(Invocation(requestId: "s", deadline: Date().addingTimeInterval(60),
                                                                         body: Data(#"{"Records": []}"#.utf8)))
        else { Issue.record("answered"); return }
        #expect(error.type == "InvalidEventDataException")
    }
}
