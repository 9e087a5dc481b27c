using System.Collections.Concurrent;
using System.Net;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Settings;

namespace Alicloud.Vpc.Client.Transport;

/// <summary>
/// Where a request goes: the override when configured, otherwise the official SDK's host for the region over https
/// (<see cref="VpcEndpointMap"/>: <c>vpc.&lt;region&gt;.aliyuncs.com</c> for most regions, <c>vpc.aliyuncs.com</c> for some).
/// An override without scheme means http on loopback hosts and https elsewhere; plain http is refused for non-loopback hosts
/// because the request would carry the AccessKeyId and a replayable signature in clear text.
/// </summary>
internal sealed class VpcEndpoint
{
    public const string SettingName = "endpoint";
    private const string CentralHost = "vpc.aliyuncs.com";

    private readonly Uri? _override;
    private readonly ConcurrentDictionary<string, Uri> _regional = new(StringComparer.Ordinal);

    public VpcEndpoint(string? endpointOverride)
    {
        _override = ParseOverride(endpointOverride);
    }

    public Uri? Override => _override;

    /// <summary>Validates and normalises an endpoint override; null/blank means none.</summary>
    public static Uri? ParseOverride(string? endpoint)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return null;
        }

        var text = endpoint.Trim();
        var shown = Display(text);
        var hasScheme = text.Contains("://", StringComparison.Ordinal);
        if (!Uri.TryCreate(hasScheme ? text : "http://" + text, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            throw new VpcClientConfigurationException(SettingName, $"The endpoint '{shown}' is not a valid host[:port] or URL.");
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            throw new VpcClientConfigurationException(SettingName, $"The endpoint '{shown}' must use http or https.");
        }

        if (parsed.PathAndQuery is not ("/" or "") || !string.IsNullOrEmpty(parsed.UserInfo))
        {
            throw new VpcClientConfigurationException(SettingName, $"The endpoint '{shown}' must be a scheme, host and port only (no path, query or user info).");
        }

        var loopback = IsLoopback(parsed.Host);
        var scheme = hasScheme ? parsed.Scheme : loopback ? Uri.UriSchemeHttp : Uri.UriSchemeHttps;
        if (scheme == Uri.UriSchemeHttp && !loopback)
        {
            throw new VpcClientConfigurationException(
                SettingName,
                $"The endpoint '{shown}' uses plain http on a non-loopback host; use https, or http only with 127.0.0.0/8, ::1 or localhost.");
        }

        var builder = new UriBuilder(parsed) { Scheme = scheme, Path = "/", Query = "" };
        if (!hasScheme)
        {
            builder.Port = parsed.IsDefaultPort ? -1 : parsed.Port;
        }

        return builder.Uri;
    }

    /// <summary>The endpoint as messages show it: user info (which may hold a password) masked, at most 200 characters.</summary>
    private static string Display(string text)
    {
        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            var start = text.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 && scheme < at ? scheme + 3 : 0;
            text = string.Concat(text.AsSpan(0, start), "***", text.AsSpan(at));
        }

        return text.Length <= 200 ? text : text[..200] + "…";
    }

    public static bool IsLoopback(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var trimmed = host.Trim('[', ']');
        return IPAddress.TryParse(trimmed, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The URI for a request in <paramref name="regionId"/> (null: the central endpoint).</summary>
    public Uri For(string? regionId)
    {
        if (_override is not null)
        {
            return _override;
        }

        if (string.IsNullOrEmpty(regionId))
        {
            return _regional.GetOrAdd("", _ => new Uri($"https://{CentralHost}/"));
        }

        RegionIds.Validate(regionId);
        return _regional.GetOrAdd(regionId, static r => new Uri($"https://{VpcEndpointMap.HostFor(r)}/"));
    }
}
