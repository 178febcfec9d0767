{{%AUTOESCAPE context="HTML"}}
{{!
  Center school 所辖学校. Repeated section SCHOOL (INDEX, NAME, TYPE, NATURE, CONTACT, MOBILE_MASKED);
  section EMPTY when there are none. Columns in the manual's order.
}}
<h1 class="page-title">所辖学校</h1>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="schools-caption">
<table class="data-table">
<caption id="schools-caption">所辖学校名单</caption>
<thead>
<tr><th scope="col" class="col-num">序号</th><th scope="col">学校名称</th><th scope="col">学校类型</th><th scope="col">学校性质</th><th scope="col">明白人</th><th scope="col">联系电话</th></tr>
</thead>
<tbody>{{#SCHOOL}}<tr><td class="col-num">{{INDEX}}</td><td>{{NAME}}</td><td>{{TYPE}}</td><td>{{NATURE}}</td><td>{{CONTACT}}</td><td class="nowrap">{{MOBILE_MASKED}}</td></tr>
{{/SCHOOL}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">尚无所辖学校。所辖学校由市、县教育主管部门划分。</p>{{/EMPTY}}
