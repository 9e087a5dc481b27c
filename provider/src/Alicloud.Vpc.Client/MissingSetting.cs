namespace Alicloud.Vpc.Client;

/// <summary>A required setting that no source provided.</summary>
/// <param name="Name">The configuration key: <c>region</c>, <c>accessKey</c> or <c>secretKey</c>.</param>
/// <param name="Description">How to provide it (config key, environment variables, profile file).</param>
public sealed record MissingSetting(string Name, string Description);
