namespace Alicloud.Vpc.Client;

/// <summary>How secrets appear in ToString and messages: present or not, never the value.</summary>
internal static class Redaction
{
    public const string Redacted = "***";

    public static string Mask(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : Redacted;
}
