using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client.Signing;

/// <summary>HMAC-SHA1 RPC signing: common parameters (§4.2) plus business parameters and <c>Signature</c> in the query.</summary>
internal sealed class RpcV1RequestSigner : IRpcRequestSigner
{
    public HttpRequestMessage CreateRequest(in RpcCall call)
    {
        var parameters = new List<KeyValuePair<string, string>>(call.Parameters.Count + 10)
        {
            new("Action", call.Action),
            new("Version", RpcWireFormat.ApiVersion),
            new("Format", RpcWireFormat.Format),
            new("AccessKeyId", call.Credentials.AccessKeyId),
            new("SignatureMethod", RpcSignatureV1.SignatureMethod),
            new("SignatureVersion", RpcSignatureV1.SignatureVersion),
            new("SignatureNonce", call.Nonce),
            new("Timestamp", RpcWireFormat.FormatTimestamp(call.Timestamp)),
        };
        if (!string.IsNullOrEmpty(call.Credentials.SecurityToken))
        {
            parameters.Add(new("SecurityToken", call.Credentials.SecurityToken));
        }

        parameters.AddRange(call.Parameters);
        var signature = RpcSignatureV1.Sign(HttpMethod.Post.Method, parameters, call.Credentials.AccessKeySecret);
        parameters.Add(new(RpcSignatureV1.SignatureParameter, signature));

        var request = new HttpRequestMessage(HttpMethod.Post, RpcWireFormat.BuildUri(call.Endpoint, parameters));
        request.Headers.TryAddWithoutValidation(RpcWireFormat.ActionHeader, call.Action);
        request.Headers.TryAddWithoutValidation(RpcWireFormat.VersionHeader, RpcWireFormat.ApiVersion);
        return request;
    }
}
