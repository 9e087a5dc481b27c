using Alicloud.Vpc.Emulator.Protocol;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>PageNumber (from 1) and PageSize (default 10, at most 50); out-of-range values are InvalidParameter.</summary>
internal sealed record PageRequest(int PageNumber, int PageSize)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    public static PageRequest Parse(ApiParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new PageRequest(
            parameters.Int("PageNumber", 1, 1, int.MaxValue),
            parameters.Int("PageSize", DefaultPageSize, 1, MaxPageSize));
    }

    public IReadOnlyList<T> Apply<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var skip = (long)(PageNumber - 1) * PageSize;
        return skip >= items.Count ? [] : items.Skip((int)skip).Take(PageSize).ToArray();
    }
}
