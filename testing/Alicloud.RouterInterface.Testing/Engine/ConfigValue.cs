namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>One stack configuration value (<c>pulumi config set [--secret] alicloud-routerinterface:&lt;key&gt; &lt;value&gt;</c>).</summary>
public sealed record ConfigValue(string Value, bool IsSecret = false)
{
    public static ConfigValue Plain(string value) => new(value);

    public static ConfigValue Secret(string value) => new(value, IsSecret: true);

    public static implicit operator ConfigValue(string value) => new(value);

    public static ConfigValue FromString(string value) => new(value);

    // Never print a secret value (test output and logs get scanned for credentials).
    public override string ToString() => IsSecret ? "[secret]" : Value;
}
