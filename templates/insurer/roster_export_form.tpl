{{%AUTOESCAPE context="HTML"}}
{{!
  下载区域花名册 form (insurer/jobs_pages.cpp roster_export_form_fill), included as EXPORT_FORM on 投保数据 /
  花名册数据 and 导出任务. Values: ERROR (MESSAGE); repeated YEAR and PRODUCT (ID, LABEL / NAME, SELECTED);
  REGIONS (province and city accounts) with CITY_SELECT and repeated CITY (CODE, NAME, SELECTED) for the province,
  repeated COUNTY_GROUP (CITY_NAME, CITY_CODE; repeated COUNTY: CODE, NAME, SELECTED). CSRF is global.
}}
<section class="roster-export" aria-labelledby="roster-export-heading">
<h2 id="roster-export-heading" class="section-title">下载区域花名册</h2>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form class="filter-bar" method="post" action="/school/insurer/rosters/export">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="export-year">年度</label>
<select id="export-year" name="year" required>
{{#YEAR}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/YEAR}}</select>
</div>
<div class="field">
<label for="export-product">险种</label>
<select id="export-product" name="product" required>
{{#PRODUCT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/PRODUCT}}</select>
</div>
{{#REGIONS}}{{#CITY_SELECT}}<div class="field">
<label for="export-city">市</label>
<select id="export-city" name="city">
<option value="">全部</option>
{{#CITY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/CITY}}</select>
</div>{{/CITY_SELECT}}
<div class="field">
<label for="export-county">县区</label>
<select id="export-county" name="county">
<option value="">全部</option>
{{#COUNTY_GROUP}}<optgroup label="{{CITY_NAME}}">
{{#COUNTY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COUNTY}}</optgroup>
{{/COUNTY_GROUP}}</select>
</div>{{/REGIONS}}
<div class="filter-actions"><button type="submit" class="btn btn-primary">下载区域花名册</button> <a class="btn btn-secondary" href="/school/insurer/jobs">导出任务</a></div>
</form>
<p class="field-hint">所选区域全部学校的花名册合并为一个 Excel 文件（含学校名称、所属地区和完整证件号码），在后台生成，完成后在导出任务中下载。</p>
</section>
