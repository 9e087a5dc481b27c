using Alicloud.Vpc.Client.Errors;

namespace Alicloud.Vpc.Client.Tests.Contract;

internal static class ApiAssert
{
    public static async Task<AlibabaCloudException> FailsWithAsync(Func<Task> call, string code, int httpStatus)
    {
        var error = await Assert.ThrowsAsync<AlibabaCloudException>(call);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(httpStatus, error.HttpStatus);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        return error;
    }
}
