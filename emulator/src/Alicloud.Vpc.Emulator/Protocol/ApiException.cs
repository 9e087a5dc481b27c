namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>An answer in the Alibaba error envelope: code, HTTP status and message (never internals).</summary>
internal sealed class ApiException : Exception
{
    public ApiException(string code, int httpStatus, string message)
        : base(message)
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    public ApiException()
        : this("InternalError", 500, "The request processing has failed due to some unknown error.")
    {
    }

    public ApiException(string message)
        : this("InternalError", 500, message)
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "InternalError";
        HttpStatus = 500;
    }

    public string Code { get; }

    public int HttpStatus { get; }
}
