namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>The parsed <c>Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…</c> header.</summary>
internal sealed record V3Authorization(string AccessKeyId, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public static V3Authorization? TryParse(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var trimmed = header.Trim();
        if (!trimmed.StartsWith(SignatureV3.Algorithm + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in trimmed[(SignatureV3.Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                return null;
            }

            fields[part[..separator]] = part[(separator + 1)..];
        }

        if (!fields.TryGetValue("Credential", out var credential) || credential.Length == 0
            || !fields.TryGetValue("SignedHeaders", out var signedHeaders) || signedHeaders.Length == 0
            || !fields.TryGetValue("Signature", out var signature) || signature.Length == 0)
        {
            return null;
        }

        var names = signedHeaders.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(n => n.ToLowerInvariant()).ToArray();
        return new V3Authorization(credential, names, signature);
    }
}
