package org.meridianshop.search;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.meridianshop.catalog.Brand;
import org.meridianshop.catalog.Category;
import org.meridianshop.catalog.Product;

/**
 * How the catalog's products become documents of the {@value #INDEX} index. Written here rather
 * than as annotations on the entities so the catalog knows nothing of search. The mapping names
 * only analyzers and field types both backends have.
 *
 * <p>Brand and category are copied into each product; renaming a brand or a category reindexes its
 * products (Hibernate Search follows the brand's and category's product lists), as does moving a
 * product to another category or brand. A department's slug is copied shallowly: departments are
 * not renamed by slug.
 */
public class ProductIndexMapping implements HibernateOrmSearchMappingConfigurer {

  static final String INDEX = "product";

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    var mapping = context.programmaticMapping();
    var product = mapping.type(Product.class);
    product.indexed().index(INDEX);
    product.property("id").genericField(ProductFields.ID).sortable(Sortable.YES);
    product
        .property("name")
        .fullTextField(ProductFields.NAME)
        .analyzer(SearchAnalyzers.TEXT)
        .projectable(Projectable.YES)
        .fullTextField(ProductFields.NAME_PREFIXES)
        .analyzer(SearchAnalyzers.PREFIXES)
        .searchAnalyzer(SearchAnalyzers.TYPED);
    product
        .property("description")
        .fullTextField(ProductFields.DESCRIPTION)
        .analyzer(SearchAnalyzers.TEXT);
    product.property("status").keywordField(ProductFields.STATUS);
    product
        .property("price")
        .scaledNumberField(ProductFields.PRICE)
        .decimalScale(2)
        .sortable(Sortable.YES)
        .aggregable(Aggregable.YES);
    product
        .property("rating")
        .scaledNumberField(ProductFields.RATING)
        .decimalScale(2)
        .sortable(Sortable.YES);
    product.property("reviewCount").genericField(ProductFields.REVIEWS).sortable(Sortable.YES);
    product
        .property("availableQuantity")
        .genericField(ProductFields.IN_STOCK)
        .valueBridge(new InStockBridge());
    product.property("createdAt").genericField(ProductFields.CREATED).sortable(Sortable.YES);
    product
        .property("brand")
        .indexedEmbedded()
        .includePaths("name", "slug")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.DEFAULT);
    product
        .property("category")
        .indexedEmbedded()
        .includePaths("name", "slug", "parent.slug")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.DEFAULT);

    var brand = mapping.type(Brand.class);
    brand.property("name").fullTextField().analyzer(SearchAnalyzers.TEXT);
    brand.property("slug").keywordField().aggregable(Aggregable.YES);

    var category = mapping.type(Category.class);
    category.property("name").fullTextField().analyzer(SearchAnalyzers.TEXT);
    category.property("slug").keywordField().aggregable(Aggregable.YES);
    category
        .property("parent")
        .indexedEmbedded()
        .includePaths("slug")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }
}
