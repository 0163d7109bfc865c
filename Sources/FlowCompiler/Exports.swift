@_exported import FlowCore
@_exported import struct FlowFrontend.ProjectConfig
