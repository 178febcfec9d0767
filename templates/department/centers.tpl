{{%AUTOESCAPE context="HTML"}}
{{!
  中心校管理: the center schools of the department's region. Values CENTERS (count), MANAGED (schools they manage),
  TOTAL. Repeated CENTER (INDEX, ID, AREA, NAME, CONTACT, MOBILE_MASKED, MANAGED); sections EMPTY,
  PAGER (PAGE, PAGES, PREV > URL, NEXT > URL).
}}
<h1 class="page-title">中心校管理</h1>
<p class="list-summary">本辖区共有中心校 <strong>{{CENTERS}}</strong> 所，所辖学校 <strong>{{MANAGED}}</strong> 所。设置中心校、划分所辖学校：在“学校数据”中搜索学校，点击“设置”。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="centers-caption">
<table class="data-table">
<caption id="centers-caption" class="visually-hidden">中心校名单</caption>
<thead>
<tr><th scope="col" class="col-num">序号</th><th scope="col">县区</th><th scope="col">中心校名称</th><th scope="col">联系人</th><th scope="col">联系人手机</th><th scope="col" class="col-num">所辖学校数</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#CENTER}}<tr><td class="col-num">{{INDEX}}</td><td class="nowrap">{{AREA}}</td><td>{{NAME}}</td><td>{{CONTACT}}</td><td class="nowrap">{{MOBILE_MASKED}}</td><td class="col-num">{{MANAGED}}</td><td class="nowrap"><a href="/school/dept/center?id={{ID}}">所辖学校</a> · <a href="/school/dept/schools/settings?id={{ID}}">设置</a></td></tr>
{{/CENTER}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">本辖区尚未设置中心校。在“学校数据”中查找学校，点击“设置”后选择“设置为中心校”。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
