using System.Security.Cryptography;

namespace Alicloud.Vpc.Emulator.State;

/// <summary>Resource ids shaped like the real ones (prefix + 22 lower-case alphanumerics).</summary>
internal static class IdGenerator
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string NewId(string prefix) => prefix + "-" + RandomNumberGenerator.GetString(Alphabet, 22);

    public static string NewRequestId() => Guid.NewGuid().ToString("D").ToUpperInvariant();

    public static long NewOrderId() => RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue) * 10L;
}
