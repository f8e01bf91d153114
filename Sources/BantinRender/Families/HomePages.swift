import BantinCore
import BantinSite

/// The home page.
enum HomePages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Trang chủ", path: SitePaths.home)]

    static func pages(_ context: RenderContext) -> [PageJob] {
        [PageJob(SitePaths.home) {
            // The other sections of the site, from the navigation (tasks, calendars, units, search).
            let links = context.page.navigation.filter { $0.path != SitePaths.home }.map { item -> TemplateValue in
                ["label": .text(item.label), "href": .text(item.path)]
            }
            let view = IndexView.make(context.site.conclusions, context: context.page, units: context.site.units, links: links)
            return context.renderer.render(view, template: "index")
        }]
    }
}
