namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>Bounds on what one request may carry; beyond them the answer is InvalidParameter, never a crash.</summary>
internal static class RequestLimits
{
    public const int MaxBodyBytes = 1024 * 1024;
    public const int MaxParameters = 1000;
    public const int MaxNameLength = 128;
    public const int MaxValueLength = 16 * 1024;
    public const int MaxRequestLineBytes = 64 * 1024;
    public const int MaxHeaderBytes = 64 * 1024;
}
