namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>The plugin did not start as the engine requires (no port line, an invalid one, or an early exit).</summary>
public sealed class PluginLaunchException(string message, string standardError) : Exception(message + (standardError.Length > 0 ? $"{System.Environment.NewLine}stderr:{System.Environment.NewLine}{standardError}" : ""))
{
    public string StandardError { get; } = standardError;
}
