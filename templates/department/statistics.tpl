{{%AUTOESCAPE context="HTML"}}
{{!
  数据统计 of a department (also the admin's province-wide version). PATH; CITY_FILTER (admin) with
  CITY_OPTION repeated (CODE, NAME, SELECTED); YEAR_OPTION repeated (ID, LABEL, SELECTED); NO_YEAR; FIGURES with
  REGION_NAME, YEAR_LABEL, EXPORT_URL, PRODUCT_CHART, YEAR_CHART (chart JSON, department/charts.h),
  PRODUCT repeated (NAME, ELIGIBLE, INSURED, RATE, ENROLLMENTS, PERSONS), BREAKDOWN repeated (HEADING,
  FIRST_COLUMN, CHART, HEAD_PRODUCT repeated (NAME), ROW repeated (NAME, SCHOOLS, CELL repeated (INSURED,
  RATE, PERSONS))), YEAR_PRODUCT repeated (NAME), YEAR_ROW repeated (LABEL, CELL repeated (INSURED,
  PERSONS, CHANGE)). Charts are drawn by js/dept-charts.js; the tables carry the same figures.
}}
<h1 class="page-title">数据统计</h1>
<form class="filter-bar" method="get" action="{{PATH}}" role="search">
{{#CITY_FILTER}}<div class="field">
<label for="city">市</label>
<select id="city" name="city"><option value="">全省</option>{{#CITY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CITY_OPTION}}</select>
</div>{{/CITY_FILTER}}
<div class="field">
<label for="year">学年</label>
<select id="year" name="year">{{#YEAR_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEAR_OPTION}}</select>
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button></div>
</form>
{{#NO_YEAR}}<p class="empty">管理中心尚未设置当前学年。</p>{{/NO_YEAR}}
{{#FIGURES}}
<p class="muted">{{REGION_NAME}} · {{YEAR_LABEL}}学年。已投保学校数、投保单数和投保人数为已提交的投保数据（人数为花名册人数）；学校总数和应投保学校数为当前已开通账号的学校（只计该险种适用的学校类型，见管理中心“险种设置”）；投保率 = 已投保学校数 ÷ 应投保学校数。</p>
<p class="actions"><a class="btn btn-secondary" href="{{EXPORT_URL}}">导出 Excel</a></p>
<section class="panel" aria-labelledby="product-heading">
<h2 id="product-heading" class="section-title">按险种</h2>
<div class="chart" data-chart="{{PRODUCT_CHART}}" role="img" aria-label="各险种投保人数图（数据见下表）"></div>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="product-heading">
<table class="data-table" id="by-product">
<thead>
<tr><th scope="col">险种</th><th scope="col" class="col-num">应投保学校数</th><th scope="col" class="col-num">已投保学校数</th><th scope="col" class="col-num">投保率</th><th scope="col" class="col-num">投保单数</th><th scope="col" class="col-num">投保人数</th></tr>
</thead>
<tbody>
{{#PRODUCT}}<tr><th scope="row">{{NAME}}</th><td class="col-num">{{ELIGIBLE}}</td><td class="col-num">{{INSURED}}</td><td class="col-num">{{RATE}}</td><td class="col-num">{{ENROLLMENTS}}</td><td class="col-num">{{PERSONS}}</td></tr>
{{/PRODUCT}}
</tbody>
</table>
</div>
</section>
{{#BREAKDOWN}}
<section class="panel">
<h2 class="section-title">{{HEADING}}</h2>
<div class="chart" data-chart="{{CHART}}" role="img" aria-label="{{HEADING}}投保率图（数据见下表）"></div>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{HEADING}}">
<table class="data-table">
<thead>
<tr><th scope="col" rowspan="2">{{FIRST_COLUMN}}</th><th scope="col" rowspan="2" class="col-num">学校总数</th>{{#HEAD_PRODUCT}}<th scope="colgroup" colspan="3">{{NAME}}</th>{{/HEAD_PRODUCT}}</tr>
<tr>{{#HEAD_PRODUCT}}<th scope="col" class="col-num">已投保学校数</th><th scope="col" class="col-num">投保率</th><th scope="col" class="col-num">投保人数</th>{{/HEAD_PRODUCT}}</tr>
</thead>
<tbody>
{{#ROW}}<tr><th scope="row">{{NAME}}</th><td class="col-num">{{SCHOOLS}}</td>{{#CELL}}<td class="col-num">{{INSURED}}</td><td class="col-num">{{RATE}}</td><td class="col-num">{{PERSONS}}</td>{{/CELL}}</tr>
{{/ROW}}
</tbody>
</table>
</div>
</section>
{{/BREAKDOWN}}
<section class="panel" aria-labelledby="years-heading">
<h2 id="years-heading" class="section-title">历年对比</h2>
<div class="chart" data-chart="{{YEAR_CHART}}" role="img" aria-label="历年投保人数图（数据见下表）"></div>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="years-heading">
<table class="data-table" id="by-year">
<thead>
<tr><th scope="col" rowspan="2">学年</th>{{#YEAR_PRODUCT}}<th scope="colgroup" colspan="3">{{NAME}}</th>{{/YEAR_PRODUCT}}</tr>
<tr>{{#YEAR_PRODUCT}}<th scope="col" class="col-num">已投保学校数</th><th scope="col" class="col-num">投保人数</th><th scope="col" class="col-num">较上年</th>{{/YEAR_PRODUCT}}</tr>
</thead>
<tbody>
{{#YEAR_ROW}}<tr><th scope="row">{{LABEL}}</th>{{#CELL}}<td class="col-num">{{INSURED}}</td><td class="col-num">{{PERSONS}}</td><td class="col-num">{{CHANGE}}</td>{{/CELL}}</tr>
{{/YEAR_ROW}}
</tbody>
</table>
</div>
</section>
<script src="{{STATIC}}/js/vendor/echarts.min.js" defer></script>
<script src="{{STATIC}}/js/dept-charts.js" defer></script>
{{/FIGURES}}
