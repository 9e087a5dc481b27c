namespace Alicloud.Vpc.Client.Settings;

/// <summary>The values taken from one profile of <c>~/.aliyun/config.json</c>.</summary>
internal sealed record CliProfile(string Name, string? Region, string? AccessKeyId, string? AccessKeySecret, string? SecurityToken)
{
    public override string ToString() =>
        $"CliProfile {{ Name = {Name}, Region = {Region}, AccessKeyId = {AccessKeyId}, AccessKeySecret = {Redaction.Mask(AccessKeySecret)}, SecurityToken = {Redaction.Mask(SecurityToken)} }}";
}
