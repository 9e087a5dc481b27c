namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>An access key the emulator knows, with the account it maps to.</summary>
public sealed record EmulatorCredential(string AccessKeyId, string AccessKeySecret, string AccountId);

/// <summary>The emulator's well-known development keys (always accepted, like Azurite's devstoreaccount1).</summary>
public static class EmulatorCredentials
{
    public static EmulatorCredential Dev { get; } = new("emulator-dev", "emulator-dev-secret", "1000000000000001");

    /// <summary>A second account, for cross-account pairs.</summary>
    public static EmulatorCredential Peer { get; } = new("emulator-peer", "emulator-peer-secret", "1000000000000002");
}
