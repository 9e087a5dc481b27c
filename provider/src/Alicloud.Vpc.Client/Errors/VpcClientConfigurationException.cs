namespace Alicloud.Vpc.Client.Errors;

/// <summary>A setting of the client is invalid (not merely missing); <see cref="ArgumentException.ParamName"/> is the config key.</summary>
public sealed class VpcClientConfigurationException : ArgumentException
{
    public VpcClientConfigurationException(string setting, string message)
        : base(message, setting)
    {
    }

    public VpcClientConfigurationException(string setting, string message, Exception innerException)
        : base(message, setting, innerException)
    {
    }

    /// <summary>The configuration key at fault: <c>endpoint</c>, <c>profile</c>, <c>region</c>, …</summary>
    public string Setting => ParamName ?? "";
}
