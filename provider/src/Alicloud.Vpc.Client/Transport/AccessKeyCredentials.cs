namespace Alicloud.Vpc.Client.Transport;

/// <summary>An AccessKey pair, optionally with an STS token. <see cref="ToString"/> never shows the secret or the token.</summary>
internal sealed record AccessKeyCredentials(string AccessKeyId, string AccessKeySecret, string? SecurityToken)
{
    public override string ToString() =>
        $"AccessKeyCredentials {{ AccessKeyId = {AccessKeyId}, AccessKeySecret = {Redaction.Mask(AccessKeySecret)}, SecurityToken = {Redaction.Mask(SecurityToken)} }}";
}
