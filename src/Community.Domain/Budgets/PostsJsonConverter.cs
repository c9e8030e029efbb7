using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>Writes a community's paid posts as <c>[{"Role":"Director","People":1}]</c> and reads them back.</summary>
internal sealed class PostsJsonConverter() : PairListJsonConverter<PayRole, int>("Role", "People");
