{{%AUTOESCAPE context="HTML"}}
{{!
  The per-county table of a department (department/schools_counties.cpp county_table_fill), included by
  学校数据 and 系统首页. AREA_LABEL (县区, or 市 for the province). Repeated COUNTY_ROW (NAME, SCHOOLS, STUDENT_SCHOOLS, STUDENT_PERSONS,
  STAFF_SCHOOLS, STAFF_PERSONS; LINK > URL for an area, TOTAL for the 合计 row).
}}
<section class="panel" aria-labelledby="counties-heading">
<h2 id="counties-heading" class="section-title">各{{AREA_LABEL}}投保情况</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="counties-caption">
<table class="data-table">
<caption id="counties-caption" class="visually-hidden">各{{AREA_LABEL}}学校数与投保情况</caption>
<thead>
<tr><th scope="col">{{AREA_LABEL}}</th><th scope="col" class="col-num">学校总数</th><th scope="col" class="col-num">校责任险 已投保学校数</th><th scope="col" class="col-num">校责任险 投保人数</th><th scope="col" class="col-num">教职工责任险 已投保学校数</th><th scope="col" class="col-num">教职工责任险 投保人数</th></tr>
</thead>
<tbody>
{{#COUNTY_ROW}}<tr{{#TOTAL}} class="row-total"{{/TOTAL}}><th scope="row">{{#LINK}}<a href="{{URL}}">{{NAME}}</a>{{/LINK}}{{#TOTAL}}{{NAME}}{{/TOTAL}}</th><td class="col-num">{{SCHOOLS}}</td><td class="col-num">{{STUDENT_SCHOOLS}}</td><td class="col-num">{{STUDENT_PERSONS}}</td><td class="col-num">{{STAFF_SCHOOLS}}</td><td class="col-num">{{STAFF_PERSONS}}</td></tr>
{{/COUNTY_ROW}}</tbody>
</table>
</div>
</section>
