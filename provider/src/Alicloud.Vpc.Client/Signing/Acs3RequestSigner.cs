using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client.Signing;

/// <summary>ACS3-HMAC-SHA256 signing: business parameters in the query, action/version/date/nonce in signed headers.</summary>
internal sealed class Acs3RequestSigner : IRpcRequestSigner
{
    private const string DateHeader = "x-acs-date";
    private const string NonceHeader = "x-acs-signature-nonce";
    private const string ContentHashHeader = "x-acs-content-sha256";
    private const string SecurityTokenHeader = "x-acs-security-token";

    public HttpRequestMessage CreateRequest(in RpcCall call)
    {
        var host = call.Endpoint.IsDefaultPort ? call.Endpoint.IdnHost : call.Endpoint.Authority;
        var headers = new List<KeyValuePair<string, string>>(8)
        {
            new("host", host),
            new(RpcWireFormat.ActionHeader, call.Action),
            new(RpcWireFormat.VersionHeader, RpcWireFormat.ApiVersion),
            new(DateHeader, RpcWireFormat.FormatTimestamp(call.Timestamp)),
            new(NonceHeader, call.Nonce),
            new(ContentHashHeader, Acs3Signature.EmptyPayloadHash),
        };
        if (!string.IsNullOrEmpty(call.Credentials.SecurityToken))
        {
            headers.Add(new(SecurityTokenHeader, call.Credentials.SecurityToken));
        }

        var authorization = Acs3Signature.BuildAuthorization(
            HttpMethod.Post.Method,
            "/",
            call.Parameters,
            headers,
            Acs3Signature.EmptyPayloadHash,
            call.Credentials.AccessKeyId,
            call.Credentials.AccessKeySecret);

        var request = new HttpRequestMessage(HttpMethod.Post, RpcWireFormat.BuildUri(call.Endpoint, call.Parameters));
        foreach (var (name, value) in headers)
        {
            if (name == "host")
            {
                request.Headers.Host = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }
}
