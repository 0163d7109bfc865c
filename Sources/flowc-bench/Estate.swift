import FlowCompiler
import Foundation

/// A synthetic contact-centre estate on disk: a flowc project of about `actions` actions
/// (SyntheticProject's 244-action flows) and the same flows as Connect exports them (JSON with
/// UUID identifiers, SyntheticExport), for the whole-process benchmark.
struct Estate {
    let folder: URL
    /// Actions in the compiled flows, counted, not estimated.
    let actions: Int
    let flows: Int

    var project: URL { folder.appendingPathComponent("project") }
    var json: URL { folder.appendingPathComponent("json") }
    /// The Connect JSON files, sorted.
    var jsonFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: json.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            .map { json.appendingPathComponent($0).path }
    }

    /// Writes the estate of about `actions` actions into `folder` (made afresh).
    static func write(actions: Int, to folder: URL) throws -> Estate {
        let flows = max(1, Int((Double(actions) / 244).rounded()))
        let sources = SyntheticProject.sources(flows: flows)
        let compilation = Compiler.compile(sources)
        guard !compilation.hasErrors else { throw ChildProcess.Failure(description: "the synthetic project has errors") }
        try? FileManager.default.removeItem(at: folder)
        let estate = Estate(folder: folder, actions: compilation.flows.reduce(0) { $0 + $1.blocks.count }, flows: flows)
        for file in sources.files {
            try write(file.contents, to: estate.project.appendingPathComponent(file.relativePath))
        }
        for file in SyntheticExport.files(of: compilation) {
            try write(file.contents, to: estate.json.appendingPathComponent(file.relativePath))
        }
        return estate
    }

    /// Bytes of the files under `folder`.
    static func bytes(under folder: URL) -> Int {
        let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
        var total = 0
        while let url = walk?.nextObject() as? URL {
            total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) ?? 0
        }
        return total
    }

    private static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}
