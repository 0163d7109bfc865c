// The command-line tool imports FlowCompiler only; these are the types it sees through it.
@_exported import FlowAnalysis
@_exported import FlowCore
@_exported import struct FlowFrontend.ProjectConfig
