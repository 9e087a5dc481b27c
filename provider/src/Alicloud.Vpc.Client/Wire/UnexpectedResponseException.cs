namespace Alicloud.Vpc.Client.Wire;

/// <summary>A success answer that does not have the documented shape; turned into an AlibabaCloudException by the client.</summary>
internal sealed class UnexpectedResponseException : Exception
{
    public UnexpectedResponseException(string message)
        : base(message)
    {
    }

    public UnexpectedResponseException()
    {
    }

    public UnexpectedResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
