using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>
/// Recognisable credentials for the plugin, in the dev account of the emulator (so the harness's setup calls with the
/// dev key see the same resources). Every scenario that runs the plugin with them can scan its output for leaks.
/// </summary>
internal static class LeakCheckKeys
{
    public const string AccessKeyIdMarker = "LTAI-LEAKCHECK-";
    public const string SecretMarker = "SECRET-LEAKCHECK-";
    public const string TokenMarker = "TOKEN-LEAKCHECK-";

    /// <summary>A long-lived key (no STS token).</summary>
    public static CloudKey Plugin { get; } = new(
        AccessKeyIdMarker + "PLUGIN-7Q2W9E",
        SecretMarker + "PLUGIN-d41d8cd98f00b204e980",
        EmulatorCredentials.Dev.AccountId);

    /// <summary>An STS key: the emulator requires exactly this token with it.</summary>
    public static CloudKey Sts { get; } = new(
        AccessKeyIdMarker + "STS-4K5L6M",
        SecretMarker + "STS-9e107d9d372bb6826bd8",
        EmulatorCredentials.Dev.AccountId,
        TokenMarker + "STS-CAIS-e4d909c290d0fb1ca068ffaddf22cbd0");

    public static IReadOnlyList<CloudKey> All { get; } = [Plugin, Sts];
}
