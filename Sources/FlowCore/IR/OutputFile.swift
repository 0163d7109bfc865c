/// A file an emitter produced, before anything touches the disk.
public struct OutputFile: Sendable, Hashable {
    /// Path relative to the output directory, `/`-separated (`connect/main-ivr.json`).
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Concrete values for references in the environment being built. A reference with no binding
/// is emitted as a `${placeholder}` for Terraform's `templatefile`.
public struct ReferenceBindings: Sendable, Hashable {
    public var values: [ResourceReference: String]

    public init(_ values: [ResourceReference: String] = [:]) { self.values = values }

    /// The ARN or ID bound to the reference, else `${placeholder}`.
    public func render(_ reference: ResourceReference) -> String {
        values[reference] ?? "${\(reference.placeholder)}"
    }
}
