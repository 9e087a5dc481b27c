namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>An emulator with short transitions (0.2–0.5 s) and VPCs Available at once.</summary>
public sealed class FastEmulatorFixture : EmulatorFixture;
