import FlowCompiler
import Foundation

/// Renders diagnostics as SARIF 2.1.0, so CI systems (GitHub code scanning and others) show
/// findings inline: one run, the tool driver with every diagnostic kind as a rule, one result
/// per diagnostic with its physical location and related locations for notes.
///
/// Locations are relative to the repository root (`%SRCROOT%`, declared in
/// `originalUriBaseIds`), as GitHub code scanning matches them to the files of the repository;
/// a file outside it keeps an absolute `file:` URI.
struct SARIFRenderer {
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let sourceRoot = "%SRCROOT%"

    /// The repository root (the nearest folder above the current one holding `.git`, else the
    /// current folder), and the folder diagnostics' paths are relative to.
    let root: URL
    let currentDirectory: URL

    init(currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.currentDirectory = currentDirectory.standardizedFileURL
        var candidate = self.currentDirectory
        while !FileManager.default.fileExists(atPath: candidate.appendingPathComponent(".git").path) {
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path {
                candidate = self.currentDirectory
                break
            }
            candidate = parent
        }
        root = candidate
    }

    func render(_ diagnostics: [Diagnostic]) -> String {
        let kinds = DiagnosticCatalog.kinds
        let index = Dictionary(kinds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let log: [String: Any] = [
            "version": "2.1.0",
            "$schema": Self.schema,
            "runs": [[
                "tool": ["driver": [
                    "name": "flowc",
                    "semanticVersion": DiagnosticCatalog.toolVersion,
                    "rules": kinds.map(Self.rule),
                ]],
                "originalUriBaseIds": [Self.sourceRoot: ["uri": root.absoluteString.hasSuffix("/") ? root.absoluteString : root.absoluteString + "/"]],
                "results": diagnostics.map { result($0, ruleIndex: index[$0.id]) },
            ]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func rule(_ kind: DiagnosticKind) -> [String: Any] {
        var rule: [String: Any] = [
            "id": kind.id,
            "shortDescription": ["text": kind.summary],
            "defaultConfiguration": ["level": level(kind.defaultSeverity)],
        ]
        if let rationale = DiagnosticCatalog.rationale(for: kind.id) {
            rule["fullDescription"] = ["text": rationale]
            rule["help"] = ["text": "\(rationale) Run `flowc explain \(kind.id)` for examples."]
        }
        return rule
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: Int?) -> [String: Any] {
        var result: [String: Any] = [
            "ruleId": diagnostic.id,
            "level": Self.level(diagnostic.severity),
            "message": ["text": diagnostic.message],
            "locations": [location(diagnostic.location)],
        ]
        if let ruleIndex { result["ruleIndex"] = ruleIndex }
        let related = diagnostic.notes.enumerated().compactMap { offset, note -> [String: Any]? in
            guard let noteLocation = note.location else { return nil }
            var entry = location(noteLocation)
            entry["id"] = offset
            entry["message"] = ["text": note.message]
            return entry
        }
        if !related.isEmpty { result["relatedLocations"] = related }
        var properties: [String: Any] = [:]
        if let flow = diagnostic.flow { properties["flow"] = flow }
        if let block = diagnostic.block { properties["block"] = block }
        if !properties.isEmpty { result["properties"] = properties }
        return result
    }

    private func location(_ location: SourceLocation) -> [String: Any] {
        // GitHub shows a result only with a region's startLine (sarif-sdk rule GH1003), so a
        // problem with a whole file is placed on its first line.
        var region: [String: Any] = ["startLine": max(location.line, 1)]
        if location.line > 0 && location.column > 0 { region["startColumn"] = location.column }
        return ["physicalLocation": ["artifactLocation": artifact(location.file), "region": region]]
    }

    /// The artifact of a path as diagnostics print it (relative to the current folder): relative
    /// to the repository root when inside it, an absolute file URI otherwise.
    private func artifact(_ path: String) -> [String: Any] {
        let file = URL(fileURLWithPath: path, relativeTo: currentDirectory).standardizedFileURL
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard file.path.hasPrefix(rootPath) else { return ["uri": file.absoluteString] }
        let relative = String(file.path.dropFirst(rootPath.count))
        return ["uri": relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative, "uriBaseId": Self.sourceRoot]
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
