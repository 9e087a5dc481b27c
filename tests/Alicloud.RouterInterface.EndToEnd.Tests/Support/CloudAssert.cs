using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>Assertions on the emulator's state.</summary>
internal static class CloudAssert
{
    /// <summary>Each interface is gone for good: not held any more (not merely Deleting) and recorded as deleted.</summary>
    public static void Gone(EmulatorSnapshot cloud, params string[] routerInterfaceIds)
    {
        foreach (var id in routerInterfaceIds)
        {
            Assert.True(cloud.IsGone(id), $"{id} is still there: {cloud.Interface(id)}");
        }
    }

    public static void Status(EmulatorSnapshot cloud, string status, params string[] routerInterfaceIds)
    {
        foreach (var id in routerInterfaceIds)
        {
            Assert.True(cloud.Interface(id)?.Status == status, $"{id} should be {status}: {cloud.Interface(id)?.ToString() ?? "gone"}");
        }
    }
}
