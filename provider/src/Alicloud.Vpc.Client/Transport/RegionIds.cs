namespace Alicloud.Vpc.Client.Transport;

/// <summary>A region id goes into the host name, so it must look like one (<c>cn-hangzhou</c>, <c>ap-southeast-1</c>).</summary>
internal static class RegionIds
{
    private const int MaxLength = 64;

    public static void Validate(string regionId)
    {
        if (!IsWellFormed(regionId))
        {
            throw new ArgumentException($"'{regionId}' is not a region id (lower-case letters, digits and '-').", nameof(regionId));
        }
    }

    public static bool IsWellFormed(string? regionId) =>
        !string.IsNullOrEmpty(regionId)
        && regionId.Length <= MaxLength
        && regionId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && regionId[0] != '-'
        && regionId[^1] != '-';
}
