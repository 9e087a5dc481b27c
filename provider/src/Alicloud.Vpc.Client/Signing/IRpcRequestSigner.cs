using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client.Signing;

/// <summary>Turns one call into a signed HTTP request (POST, parameters in the query, empty body, as the SDKs send it).</summary>
internal interface IRpcRequestSigner
{
    HttpRequestMessage CreateRequest(in RpcCall call);
}
