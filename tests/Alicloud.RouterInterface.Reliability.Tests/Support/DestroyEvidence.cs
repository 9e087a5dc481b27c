using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>What one destroy did, seen from both sides: the cloud before and after, the stack, the engine's result, the plugin's calls.</summary>
internal sealed record DestroyEvidence(
    EmulatorSnapshot Before,
    EmulatorSnapshot After,
    IReadOnlyList<StackResource> Resources,
    OperationResult Result,
    IReadOnlyList<EmulatorRequestRecord> PluginRequests);
